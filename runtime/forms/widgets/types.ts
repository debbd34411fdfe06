import type { FormField } from '../../../schemas';
import type { Language } from '../../i18n';

/** What every field widget receives: the field definition and its value, and how to change it. */
export interface WidgetProps<V = unknown> {
  field: FormField;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  onBlur?: () => void;
  readOnly?: boolean;
  invalid?: boolean;
  lang: Language;
  /** DOM id of the main input (the label points at it). */
  id: string;
}
