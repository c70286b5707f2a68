package org.liandong.command.deadlines;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeadlinesConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
