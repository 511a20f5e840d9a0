package fr.education.traam.gateway.problem;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import reactor.netty.http.server.HttpServer;

/**
 * Closes a client's connection the way HTTP asks (RFC 9112 §9.6): the answer sent, the gateway first closes its own
 * side only, then reads and drops what the client is still sending, and closes for good when the client does or after
 * {@link #LINGER}. Closed at once instead, a connection that still holds unread bytes — the rest of a body a service
 * refused before reading it, behind {@code Connection: close} — is answered by the kernel with a reset, and the
 * client loses the answer it had not read yet. The hostile-input walker saw such answers lost.
 */
@Component
class LingeringClose implements NettyServerCustomizer {

    static final Duration LINGER = Duration.ofSeconds(2);
    private static final String HANDLER = "traam.lingeringClose";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            // TLS needs its close_notify; a half-closed TLS stream is not what its clients expect.
            if (channel instanceof SocketChannel && channel.pipeline().get(SslHandler.class) == null
                    && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addFirst(HANDLER, new Handler());
            }
        });
    }

    private static final class Handler extends ChannelDuplexHandler {

        private ChannelPromise closing;

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            SocketChannel channel = (SocketChannel) ctx.channel();
            if (closing != null || !channel.isActive() || channel.isOutputShutdown() || channel.isInputShutdown()) {
                ctx.close(promise);
                return;
            }
            closing = promise;
            channel.shutdownOutput().addListener(halfClosed -> {
                if (!halfClosed.isSuccess()) {
                    ctx.close(closing);
                    return;
                }
                channel.config().setAutoRead(true);
                ctx.read();
                ctx.executor().schedule(() -> ctx.close(closing), LINGER.toMillis(), TimeUnit.MILLISECONDS);
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (closing != null) {
                ReferenceCountUtil.release(msg);
                return;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (closing != null) {
                ctx.close(closing);
            }
            super.channelInactive(ctx);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (closing != null) {
                // The client closed its side too: nothing more to wait for.
                ctx.close(closing);
            }
            super.userEventTriggered(ctx, event);
        }
    }
}
