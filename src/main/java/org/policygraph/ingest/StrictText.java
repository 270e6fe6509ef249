package org.policygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Bytes to text, refusing bytes that are not in the charset. Java's usual decoding replaces them with U+FFFD
 * without a word, which would store a damaged article as if it were what its author wrote.
 */
public final class StrictText {

    private StrictText() {
    }

    /** @throws IllegalArgumentException naming the offset of the first byte that is no character */
    public static String decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new IllegalArgumentException("is not valid %s: the bytes at offset %d are no character"
                    .formatted(charset.name(), in.position()));
        }
        return out.flip().toString();
    }
}
