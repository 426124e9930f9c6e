export { FormRenderer, FormFields, ScalarInput } from './FormRenderer';
export { RegionCascader, regionPath } from './RegionCascader';
export { emptyFormSchema, fieldTitle, formDataOf, idNumberCheckChar, idNumberProblem } from './fieldRules';
export { useServerFieldErrors } from './serverErrors';
