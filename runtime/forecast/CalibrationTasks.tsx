// Improvement-plan tasks opened for managers when a rep's forecast is off N weeks running (F5).
import { Button, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalibrationTaskView } from '../api/forecast';
import { percent } from './format';

export interface CalibrationTasksProps {
  tasks: CalibrationTaskView[];
  onDone?: (id: string) => void;
  busy?: boolean;
}

export function CalibrationTasks({ tasks, onDone, busy }: CalibrationTasksProps) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid="calibration-tasks"
      dataSource={tasks}
      locale={{ emptyText: t('calibration.noTasks') }}
      renderItem={(task) => (
        <List.Item
          actions={[
            task.status === 'open' && onDone ? (
              <Button key="done" size="small" onClick={() => onDone(task.id)} disabled={busy}>
                {t('calibration.done')}
              </Button>
            ) : (
              <Tag key="state" color="success">
                {t('calibration.doneState')}
              </Tag>
            ),
          ]}
        >
          <List.Item.Meta
            title={t('calibration.taskText', {
              rep: task.repName ?? '—',
              n: task.deviations.length,
              weeks: task.deviations.map((d) => `${d.week} ${percent(d.deviation)}`).join('，'),
            })}
            description={
              <Typography.Text type="secondary">
                {t('calibration.taskFor', { manager: task.managerName ?? '—' })}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
