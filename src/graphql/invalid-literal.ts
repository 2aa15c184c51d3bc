/**
 * A scalar literal written inline in a query that our scalars refuse.
 *
 * graphql-js checks inline literals while validating the document, where no field is known, and
 * Apollo then answers GRAPHQL_VALIDATION_FAILED naming nothing. So our scalars hand a bad literal
 * on as this note, and the validation pipe refuses it with BAD_USER_INPUT naming the field, as
 * Apollo does for the same value sent as a variable.
 */
export class InvalidLiteral {
  constructor(readonly reason: string) {}
}
