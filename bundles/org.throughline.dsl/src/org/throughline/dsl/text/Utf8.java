package org.throughline.dsl.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text read as UTF-8 strictly: a byte that is not part of a UTF-8 sequence is an error the caller reports, never a
 * replacement character that would then be written back into a user's file.
 */
public final class Utf8 {

	private Utf8() {
	}

	/** The file's text; a byte order mark, if any, is kept for the caller to see. */
	public static String read(Path file) throws IOException {
		return decode(Files.readAllBytes(file), 0);
	}

	/** The text of {@code bytes} from {@code start} on. */
	public static String decode(byte[] bytes, int start) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
	}
}
