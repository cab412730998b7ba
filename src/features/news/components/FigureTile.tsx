// One key figure: its label, the number exactly as written, year and change; percentages get a progress bar.
import { View, Text } from '@tarojs/components'
import { Progress } from '@nutui/nutui-react-taro'
import type { KeyFigure } from '@/domain/content-schema'
import { figureText, isPercent } from '@/domain/news'
import { linkProps } from '@/components/a11y/aria-props'
import { openArticle } from '@/features/news/navigation'
import './figure-tile.scss'

export function FigureTile({ figure }: { figure: KeyFigure }) {
  const text = figureText(figure)
  return (
    <View className='figure-tile' {...linkProps()} onClick={() => openArticle(figure.articleId)}>
      <Text className='figure-tile__label'>{figure.label}</Text>
      <Text className='figure-tile__value'>{text}</Text>
      {isPercent(figure) && (
        <Progress percent={Math.min(100, figure.value)} showText={false} strokeWidth='8' color='#1f6f43' />
      )}
      <Text className='figure-tile__meta'>
        {figure.year}年{figure.change ? ` · ${figure.change}` : ''}
      </Text>
    </View>
  )
}
