// Renders a page as a resident opens it: the loading skeleton shows first, then the content replaces it.
import { type ComponentType } from 'react'
import { render, screen, waitForElementToBeRemoved } from '@testing-library/react'

export async function openPage(Page: ComponentType): Promise<void> {
  render(<Page />)
  expect(screen.getByLabelText('正在加载').getAttribute('aria-busy')).toBe('true')
  await waitForElementToBeRemoved(() => screen.queryByLabelText('正在加载'))
}

/** What each source document's line under a fact reads. */
export const SOURCE_LINE = {
  'xicheng-2021': '来源：西城区2021年工作回顾',
  'xicheng-2023': '来源：西城区2023年工作回顾',
  national: '来源：全国统一服务热线',
} as const
