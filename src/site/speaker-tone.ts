/**
 * Speakers get one of a few colour tones by their position in the episode's registry,
 * so the same person has the same colour in the speaker list and above every answer.
 * The colours themselves live in src/styles/global.css (`[data-speaker-tone]`).
 */
export const speakerToneCount = 6;

export function speakerTone(registryIndex: number): number {
	return registryIndex % speakerToneCount;
}
