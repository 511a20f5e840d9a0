package fr.education.traam.gateway.problem;

import java.net.URI;
import java.net.URISyntaxException;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Answers the requests Netty cannot decode (request line too long: 414, headers too large: 431, not HTTP: 400), and
 * those whose target is no URI (400), with a problem body. Reactor Netty answers them itself with an empty body before any WebFlux code runs, so this handler sits
 * right behind the HTTP codec, answers in its place and closes the connection, as Reactor Netty would.
 */
@Component
class DecodingFailureProblems implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DecodingFailureProblems.class);

    private static final String HANDLER = "traam.decodingFailureProblems";

    private final ProblemWriter problems;

    DecodingFailureProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new Handler());
            }
        });
    }

    private final class Handler extends ChannelInboundHandlerAdapter {

        /** Set once a request failed: whatever the decoder still hands over belongs to it and is dropped. */
        private boolean failed;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (failed) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
                failed = true;
                Throwable cause = request.decoderResult().cause();
                ReferenceCountUtil.release(msg);
                log.debug("Undecodable request from {}: {}", ctx.channel().remoteAddress(), cause.toString());
                ctx.writeAndFlush(response(Problems.decodingFailure(cause))).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            if (msg instanceof HttpRequest request && !isUri(request.uri())) {
                // WebFlux would answer an empty 400 for a target it cannot make a URI of (a raw backslash, a space…).
                failed = true;
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(response(Problems.invalidTarget())).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.fireChannelRead(msg);
        }

        private static boolean isUri(String target) {
            try {
                new URI(target);
                return true;
            }
            catch (URISyntaxException notAUri) {
                return false;
            }
        }

        private FullHttpResponse response(ProblemDetail problem) {
            byte[] json = problems.json(problem);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(problem.getStatus()), Unpooled.wrappedBuffer(json));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, json.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }
    }
}
