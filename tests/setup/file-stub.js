// jest stub for image imports: the file name stands in for the URL.
module.exports = 'test-file-stub'
