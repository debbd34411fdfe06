import { Badge, Button, Flex, Tooltip } from 'antd';
import { MutedOutlined, SoundOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StreamState } from '../api/events';
import { useLiveState } from './LiveEvents';
import { useSoundSetting } from './sound';

const STATUS: Record<StreamState, 'success' | 'processing' | 'warning' | 'default'> = {
  open: 'success',
  connecting: 'processing',
  reconnecting: 'warning',
  off: 'default',
};

/** A dot that says whether live updates are flowing. */
export function LiveStatus({ state }: { state?: StreamState }) {
  const { t } = useTranslation();
  const current = useLiveState();
  const s = state ?? current;
  return (
    <Tooltip title={t(`live.state.${s}`)}>
      <span role="status" aria-label={t(`live.state.${s}`)} data-state={s} tabIndex={0}>
        <Badge status={STATUS[s]} />
      </span>
    </Tooltip>
  );
}

/** On/off for the new-lead sound (remembered on this device). */
export function SoundToggle() {
  const { t } = useTranslation();
  const [on, setOn] = useSoundSetting();
  const label = on ? t('live.soundOn') : t('live.soundOff');
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        size="small"
        aria-label={t('live.sound')}
        aria-pressed={on}
        icon={on ? <SoundOutlined /> : <MutedOutlined />}
        onClick={() => setOn(!on)}
      />
    </Tooltip>
  );
}

/** The header's live-update controls: status dot, and the sound toggle for lead owners. */
export function LiveControls({ sound }: { sound: boolean }) {
  return (
    <Flex align="center" gap={4}>
      <LiveStatus />
      {sound && <SoundToggle />}
    </Flex>
  );
}
