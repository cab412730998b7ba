// The 隐私政策 page's content: a one-line summary, then what is collected, why, who sees it, how long (the server's
// retention, asked for as the page opens), how to delete — and 删除我的全部数据 itself.
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { headingProps } from '@/components/a11y/aria-props'
import { fetchRetentionDays } from '@/services/community/my-data'
import { DeleteAllData } from './DeleteAllData'
import { POLICY_SUMMARY, policySections } from './policy-text'
import './privacy-policy.scss'

export function PrivacyPolicy() {
  const [retentionDays, setRetentionDays] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    void fetchRetentionDays().then((days) => {
      if (live) setRetentionDays(days)
    })
    return () => {
      live = false
    }
  }, [])
  return (
    <View className='privacy-policy'>
      <Text className='privacy-policy__summary'>{POLICY_SUMMARY}</Text>
      {policySections(retentionDays).map((section) => (
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
      <View className='privacy-policy__section'>
        <DeleteAllData />
      </View>
    </View>
  )
}
