// jest stub for style imports (.scss/.css): styles do nothing in jsdom.
module.exports = {}
