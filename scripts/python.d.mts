// Types for python.mjs, which stays plain JavaScript so the prerequisite step runs before node_modules exist.
export const VENV: string;
export const VENV_PYTHON: string;
export const REQUIREMENTS: string;
export const PYTHON_INSTALL_HINT: string;
/** The .venv interpreter when it exists, else `python3`. */
export function python(): string;
/** The version requirements.txt pins for a package (`name==version`). */
export function pinnedVersion(name: string): string;
