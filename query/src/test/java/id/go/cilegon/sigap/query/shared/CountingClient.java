package id.go.cilegon.sigap.query.shared;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonValue;

/** A driver's client that notes every command it sends, for tests that count round trips to the store. */
public final class CountingClient implements AutoCloseable {

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final MongoClient client;

    public CountingClient(InetSocketAddress address) {
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(
                        "mongodb://" + address.getHostString() + ":" + address.getPort()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        BsonValue target = event.getCommand().get(event.getCommandName());
                        commands.add(event.getCommandName() + " "
                                + (target != null && target.isString() ? target.asString().getValue() : target));
                    }
                })
                .build());
    }

    public MongoClient client() {
        return client;
    }

    /** Forgets the commands sent so far. */
    public void forget() {
        commands.clear();
    }

    /** How many {@code command}s (update, find…) were sent for {@code collection} since the last {@link #forget}. */
    public long sent(String command, String collection) {
        return commands.stream().filter((command + " " + collection)::equals).count();
    }

    /** The commands sent since the last {@link #forget}, in order, each as its name and collection. */
    public List<String> sent() {
        return List.copyOf(commands);
    }

    @Override
    public void close() {
        client.close();
    }
}
