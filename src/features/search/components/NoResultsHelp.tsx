// When a search finds nothing, what a person can still do: tell the community (小事快办), call 12345, or search wider
// (a shorter query, everything instead of only 办事, all the guides on 民生) — never a bare 暂无结果.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { headingProps } from '@/components/a11y/aria-props'
import { callHotline, openAllGuides, openReport } from '@/features/search/navigation'
import './no-results-help.scss'

export interface WiderSearch {
  text: string
  onClick: () => void
}

interface NoResultsHelpProps {
  /** Ways to widen the search that would find something, best first. */
  wider: WiderSearch[]
}

export function NoResultsHelp({ wider }: NoResultsHelpProps) {
  return (
    <View className='no-results-help'>
      <Text className='no-results-help__title' {...headingProps(2)}>
        没有找到相关内容
      </Text>
      <Text className='no-results-help__text'>还可以这样办：</Text>
      <Button className='no-results-help__action' type='primary' block onClick={openReport}>
        小事快办：把问题告诉社区
      </Button>
      <Button
        className='no-results-help__action'
        fill='outline'
        block
        aria-label='拨打 12345 政务服务便民热线'
        onClick={() => callHotline('12345')}
      >
        拨打 12345 政务服务便民热线
      </Button>
      {wider.map((w) => (
        <Button key={w.text} className='no-results-help__action' fill='outline' block onClick={w.onClick}>
          {w.text}
        </Button>
      ))}
      <Button className='no-results-help__action' fill='none' block onClick={openAllGuides}>
        看看全部办事指南
      </Button>
      <Text className='no-results-help__tip'>也可以换个说法，或只打拼音、首字母，例如“湿地”打 shidi 或 sd。</Text>
    </View>
  )
}
