import { IsDefined, ValidateIf } from 'class-validator';

/** An update's field that may be left out, but not null: the record cannot do without the value it would erase. */
export function OptionalNotNull(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_input, value) => value !== undefined)(target, property);
    IsDefined({ message: 'cannot be null; leave it out to keep the current value' })(target, property);
  };
}
