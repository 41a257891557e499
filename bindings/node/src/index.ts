// @cloudpirates/sdk: the public surface.
export { Client } from './generated/client';
export * from './generated/resources';
export * from './generated/models';
export { OPERATIONS, Operations, type OperationId, type GetOperationId } from './generated/operations';
export {
  BaseClient,
  APIResource,
  VERSION,
  redact,
  type ClientOptions,
  type RequestOptions,
  type WaitOptions,
  type Consistency,
  type Logger,
  type LogLevel,
  type OperationSpec,
  type OperationRef,
  type OperationPathArgs,
  type OperationMethodResult,
  type WaitOperationName,
  type WaitResult,
  __panicForTests,
} from './core';
export { Page, type PageLinks } from './pagination';
export { APIPromise, type APIResponseInfo, type WithResponse } from './response';
export {
  CloudPiratesError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  NotImplementedError,
  OutcomeUnknownError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  InvalidRequestError,
  ResponseDecodeError,
  type BusinessRuleDetails,
} from './errors';

import { Client } from './generated/client';
export default Client;
