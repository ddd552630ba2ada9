export { Button, type ButtonProps } from './button.js';
export { FormError, type FormErrorProps } from './form-error.js';
export { Heading, type HeadingProps } from './heading.js';
export { TextField, type TextFieldProps } from './text-field.js';
export { partAttributes, joinIds, type PartAttributes } from './parts.js';
export { RichText, type RichTextProps } from './rich-text.js';
