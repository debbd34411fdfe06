import type { ComponentType } from 'react';
import type { FormField } from '../../../schemas';
import { BooleanWidget } from './BooleanWidget';
import { CriteriaWidget } from './CriteriaWidget';
import { DateWidget } from './DateWidget';
import { DecisionFlowWidget } from './DecisionFlowWidget';
import { FileWidget } from './FileWidget';
import { MoneyWidget } from './MoneyWidget';
import { NumberWidget } from './NumberWidget';
import { PersonWidget } from './PersonWidget';
import { RatingWidget } from './RatingWidget';
import { SelectWidget } from './SelectWidget';
import { TableWidget } from './TableWidget';
import { TextWidget } from './TextWidget';
import type { WidgetProps } from './types';

export type { WidgetProps };

/** The widget of each field type. */
export const WIDGETS: Record<FormField['type'], ComponentType<WidgetProps<never>>> = {
  text: TextWidget,
  textarea: TextWidget,
  number: NumberWidget,
  money: MoneyWidget,
  date: DateWidget,
  select: SelectWidget,
  multiselect: SelectWidget,
  boolean: BooleanWidget,
  person: PersonWidget,
  table: TableWidget,
  decision_flow: DecisionFlowWidget,
  acceptance_criteria: CriteriaWidget,
  file: FileWidget,
  rating: RatingWidget,
} as unknown as Record<FormField['type'], ComponentType<WidgetProps<never>>>;
