/**
 * Shared provenance for the open-weight hosts (Together, Fireworks, Groq, DeepInfra): their pricing pages
 * were not available where these rates were checked, so each rate is taken from the other tools' catalogs.
 *
 * @module
 */

/** How a host's rates were checked, for `source.note`. */
export const HOST_NOTE =
  "Rate as listed by LiteLLM (2026-07-24), models.dev (2026-06-13) and genai-prices (2026-08-21) where they agree, else the newest; the host's own page was not available to check. Hosts reprice often: re-check before billing.";
