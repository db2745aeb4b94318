package nl.onderwijsregio.workspace.scheduling;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names this instance of the app in the job locks: host (the pod's name on Kubernetes), process and a random tail. */
@Component
class InstanceName {

    private final String value;

    InstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        String process = ManagementFactory.getRuntimeMXBean().getName();
        // Two contexts in one JVM (tests) are two instances as well.
        this.value = host + "/" + process.replaceAll("@.*", "") + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    String value() {
        return value;
    }
}
