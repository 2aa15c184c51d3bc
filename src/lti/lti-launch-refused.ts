/** A launch, login or deep link the tool will not go on with; the message is shown to the person, so it says what to do. */
export class LtiLaunchRefused extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}
