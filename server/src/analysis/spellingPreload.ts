// Loads the spelling dictionary ahead of the first check, off the start-up path.
export async function preloadSpelling(): Promise<void> {
  // Filled in once the spelling module exposes its loader.
}
