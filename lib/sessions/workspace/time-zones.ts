/** The IANA zones a session may be held in, for the time-zone picker. */
export function timeZoneChoices(): string[] {
  return Intl.supportedValuesOf("timeZone").filter((zone) => zone.includes("/") && !zone.startsWith("Etc/"));
}
