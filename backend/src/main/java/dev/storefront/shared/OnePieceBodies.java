package dev.storefront.shared;

import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers written in one piece, leaving the length to the container as a message converter
 * would. A response committed before the session filter is done has the session saved twice and
 * read again in between (spring-session#1731): a length set here commits it as its last byte is
 * written, and so does a body that fills the response's buffer (8 KiB, a cart of ~20 lines),
 * which is made to hold the body instead, up to {@link #LIMIT}.
 */
final class OnePieceBodies {

    /**
     * The largest body written in one piece: a full cart, a page of a hundred products. Tomcat
     * keeps a buffer made larger with its request processor for the next response (up to 128
     * KiB), and keeps up to {@code server.tomcat.processor-cache} (200) idle processors: at most
     * ~12.5 MiB held, a few hundred KiB in practice (one processor per request served at once).
     */
    static final int LIMIT = 64 * 1024;

    private OnePieceBodies() {}

    static ServerResponse.HeadersBuilder.WriteFunction of(byte[] body) {
        return (request, response) -> {
            if (body.length >= response.getBufferSize() && body.length < LIMIT) {
                // A power of two above the length (16, 32 or 64 KiB): a processor's buffer grows
                // at most three times, not with every larger answer.
                response.setBufferSize(Integer.highestOneBit(body.length) << 1);
            }
            response.getOutputStream().write(body);
            return null;
        };
    }
}
