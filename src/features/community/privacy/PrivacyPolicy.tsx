// The 隐私政策 page's content: a one-line summary, then what is collected, why, who sees it, how long, how to delete.
import { View, Text } from '@tarojs/components'
import { headingProps } from '@/components/a11y/aria-props'
import { POLICY_SECTIONS, POLICY_SUMMARY } from './policy-text'
import './privacy-policy.scss'

export function PrivacyPolicy() {
  return (
    <View className='privacy-policy'>
      <Text className='privacy-policy__summary'>{POLICY_SUMMARY}</Text>
      {POLICY_SECTIONS.map((section) => (
        <View key={section.title} className='privacy-policy__section'>
          <Text className='privacy-policy__heading' {...headingProps(2)}>
            {section.title}
          </Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className='privacy-policy__paragraph'>
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
