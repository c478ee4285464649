package vn.cadres.platform.commands;

import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.SecurityAutoConfiguration;

/** Provides the {@link CommandSender} endpoints use. */
@AutoConfiguration(after = {AxonAutoConfiguration.class, SecurityAutoConfiguration.class})
public class CommandsAutoConfiguration {

    @Bean
    public CommandSender commandSender(CommandGateway gateway, ProvinceAccess access,
                                       @Value("${cadres.commands.max-in-flight:32}") int maxInFlight,
                                       @Value("${cadres.commands.admission-wait:2s}") Duration admissionWait) {
        return new CommandSender(gateway, access, maxInFlight, admissionWait);
    }
}
