export { FormTemplateEditor } from './FormTemplateEditor';
export { EMPTY_FORM, fromContent as formFromContent, toContent as formToContent } from './model';
