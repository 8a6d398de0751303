// zod's default for a field left out reads "Invalid input: expected string, received undefined",
// or for a vocabulary "Invalid option: expected one of …", which reads as a wrong value when the
// caller sent none. Said plainly, once, for every schema that names no message of its own.
import { z } from 'zod';

z.config({
  customError: (issue) => {
    if (issue.input !== undefined) return undefined;
    if (issue.code === 'invalid_type') return 'is required';
    if (issue.code === 'invalid_value') return `is required: one of ${issue.values.map((value) => JSON.stringify(value)).join('|')}`;
    return undefined;
  },
});
