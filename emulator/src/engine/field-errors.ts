/** The subset of the spec's validation codes (§8) that the emulator emits. */
export type FieldErrorCode =
  | 'FieldRequired'
  | 'InvalidString'
  | 'InvalidNumber'
  | 'InvalidInteger'
  | 'InvalidBool'
  | 'InvalidObject'
  | 'InvalidArray'
  | 'BadFormat'
  | 'BadFormatEmail'
  | 'BadFormatURI'
  | 'BadFormatDate'
  | 'BadFormatDateTime'
  | 'DoesNotMatchPattern'
  | 'NotEnumMember'
  | 'InvalidConst'
  | 'AboveMaxLength'
  | 'BelowMinLength'
  | 'AboveMaxItems'
  | 'BelowMinItems'
  | 'NotWithinRange'
  | 'ItemNotUnique'
  | 'MustProvideOne'
  | 'MutuallyExclusive'
  | 'UnexpectedProperty'
  | 'DoesNotExist'
  | 'ProviderDisabled'
  | 'BadState'
  | 'InaccessibleURI';

/** One entry of a `ValidationError` result; `source` is a JSON pointer into the request body. */
export interface FieldError {
  code: FieldErrorCode;
  detail: string;
  source: string;
}
