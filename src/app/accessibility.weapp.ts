// Mini-program: WeChat reads aria-role itself; nothing to install.

export function installAccessibility(): void {}
