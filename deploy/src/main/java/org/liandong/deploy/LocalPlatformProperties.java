package org.liandong.deploy;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the local launcher, from {@code --liandong.local.*} arguments or {@code
 * LIANDONG_LOCAL_*} environment variables.
 *
 * @param dataDir where the embedded MongoDB file and Kafka log live
 * @param mongoUri a real MongoDB to use instead of the embedded one (no database in the URI: the
 *     sides use {@code liandong-events} and {@code liandong-views})
 * @param kafkaBootstrapServers a real Kafka cluster to use instead of the embedded broker
 * @param mongoPort port of the embedded MongoDB (0: any free port)
 * @param kafkaPort client port of the embedded broker
 * @param kafkaControllerPort KRaft controller port of the embedded broker
 * @param commandPort HTTP port of the command side (0: any free port)
 * @param queryPort HTTP port of the query side (0: any free port)
 * @param demoData whether to load the demo campaigns at start (a no-op when they are there)
 * @param overdueCheckInterval how often the command side looks for tasks past their due date
 * @param jwtPublicKeyLocation the public key ({@code file:/path/key.pem}, PEM) of an identity
 *     provider whose bearer tokens both sides take, besides the built-in users
 * @param bindAddress the address both HTTP ports, the embedded MongoDB and the embedded broker
 *     listen on: loopback unless told otherwise ({@code 0.0.0.0} for every interface), as the demo
 *     users' passwords are published
 * @param commandSide whether this process runs a command side
 * @param querySide whether this process runs a query side; with neither side, and no MongoDB or
 *     Kafka given, the process runs only the embedded stand-in and broker for other processes
 * @param web whether this process runs the web app and the identity provider it signs users in with
 *     (only beside both sides)
 * @param webPort HTTP port of the web app (not 0: the identity provider must know it beforehand)
 * @param identityPort HTTP port of the local OpenID Connect provider (not 0, likewise)
 */
@ConfigurationProperties("liandong.local")
public record LocalPlatformProperties(
    @DefaultValue("data") Path dataDir,
    String mongoUri,
    String kafkaBootstrapServers,
    @DefaultValue("27017") int mongoPort,
    @DefaultValue("9092") int kafkaPort,
    @DefaultValue("9093") int kafkaControllerPort,
    @DefaultValue("8081") int commandPort,
    @DefaultValue("8082") int queryPort,
    @DefaultValue("true") boolean demoData,
    @DefaultValue("60s") Duration overdueCheckInterval,
    String jwtPublicKeyLocation,
    @DefaultValue("127.0.0.1") String bindAddress,
    @DefaultValue("false") boolean kafkaAuthentication,
    @DefaultValue("true") boolean commandSide,
    @DefaultValue("true") boolean querySide,
    @DefaultValue("true") boolean web,
    @DefaultValue("8080") int webPort,
    @DefaultValue("9000") int identityPort) {}
