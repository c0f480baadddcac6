import type { components } from '../generated/api-types.js';

// Names for the contract's schemas; the types themselves are generated from api/openapi.json.
type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type GeoPoint = Schemas['GeoPoint'];
export type ResponsibleParty = Schemas['ResponsibleParty'];
export type LocalizedText = Schemas['LocalizedText'];
export type Walk = Schemas['Walk'];
export type WalkList = Schemas['WalkList'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type Registration = Schemas['Registration'];
export type Measure = Schemas['Measure'];
export type MeasureStatus = Schemas['MeasureStatus'];
export type MeasureList = Schemas['MeasureList'];
export type MeasureSummary = Schemas['MeasureSummary'];
export type ConcernCategory = Schemas['ConcernCategory'];
export type CategoryList = Schemas['CategoryList'];
export type ConcernRequest = Schemas['ConcernRequest'];
export type ConcernReceipt = Schemas['ConcernReceipt'];
export type FeedbackRequest = Schemas['FeedbackRequest'];
export type FeedbackUpdate = Schemas['FeedbackUpdate'];
export type FeedbackReceipt = Schemas['FeedbackReceipt'];
