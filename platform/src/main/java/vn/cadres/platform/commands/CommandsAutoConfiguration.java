package vn.cadres.platform.commands;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.SecurityAutoConfiguration;

/** Provides the {@link CommandSender} endpoints use. */
@AutoConfiguration(after = {AxonAutoConfiguration.class, SecurityAutoConfiguration.class})
public class CommandsAutoConfiguration {

    @Bean
    public CommandSender commandSender(CommandGateway gateway, ProvinceAccess access) {
        return new CommandSender(gateway, access);
    }
}
