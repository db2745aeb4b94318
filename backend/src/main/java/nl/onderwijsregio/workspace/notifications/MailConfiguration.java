package nl.onderwijsregio.workspace.notifications;

import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP connection: the configured server, or the local mail catcher when none is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${workspace.mail.host:}'.isBlank()")
    MailCatcher mailCatcher(MailSettings settings) {
        return new MailCatcher(settings.catcher());
    }

    @Bean
    JavaMailSender workspaceMailSender(MailSettings settings, ObjectProvider<MailCatcher> catcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        @Nullable MailCatcher local = catcher.getIfAvailable();
        if (settings.external() || local == null) {
            sender.setHost(settings.host());
            sender.setPort(settings.port());
            if (!settings.username().isBlank()) {
                sender.setUsername(settings.username());
                sender.setPassword(settings.password());
                props.put("mail.smtp.auth", "true");
            }
            props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
            props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        } else {
            sender.setHost("127.0.0.1");
            sender.setPort(local.smtpPort());
        }
        return sender;
    }
}
