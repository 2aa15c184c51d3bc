import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';
import { canonicalTimeZone, isKnownTimeZone } from '../curriculum/zoned-time';

/** An IANA time zone name ("America/Los_Angeles", "UTC"), stored under its canonical spelling. */
export function TimeZoneName(): PropertyDecorator {
  const canonical = Transform(({ value }) => (typeof value === 'string' ? (canonicalTimeZone(value.trim()) ?? value) : value));
  return (target, propertyName) => {
    canonical(target, propertyName);
    registerDecorator({
      name: 'timeZoneName',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an IANA time zone such as America/Los_Angeles or UTC' },
      validator: { validate: (value: unknown) => typeof value === 'string' && isKnownTimeZone(value) },
    });
  };
}
