package com.pilotstatus.embed.kit.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import com.pilotstatus.embed.kit.config.Env;
import com.pilotstatus.embed.kit.config.KitSettings;
import com.pilotstatus.embed.kit.config.KitSettings.LogFormat;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * The logging set-up of every server that uses the kit (found by Logback through {@code META-INF/services}, before
 * the first line is logged, so start-up lines follow it too). {@code PS_LOG_FORMAT=json}: one JSON object a line
 * (timestamp, level, logger, thread, message, the MDC's {@code requestId}/{@code tenantId}, and the request fields
 * {@code route}, {@code status}, {@code latencyMs}); otherwise plain text. An invalid value falls back to text here
 * and is refused by {@link KitSettings} when the server starts, naming the variable.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    LogFormat format;
    try {
      format = KitSettings.fromEnv(Env.of(System.getenv())).logFormat();
    } catch (IllegalArgumentException invalid) {
      format = LogFormat.TEXT;
    }
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setEncoder(format == LogFormat.JSON ? json(context) : text(context));
    console.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    // Jetty's INFO is a dozen lines per start and stop; Javalin's own INFO says which port is bound.
    context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static Encoder<ILoggingEvent> text(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n%ex");
    encoder.start();
    return encoder;
  }

  private static Encoder<ILoggingEvent> json(LoggerContext context) {
    LogstashEncoder encoder = new LogstashEncoder();
    encoder.setContext(context);
    encoder.getFieldNames().setLevelValue("[ignore]");
    encoder.getFieldNames().setVersion("[ignore]");
    encoder.start();
    return encoder;
  }
}
