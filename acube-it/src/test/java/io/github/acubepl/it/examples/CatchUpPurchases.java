package io.github.acubepl.it.examples;

import io.github.acubepl.purchases.CatchUp;
import io.github.acubepl.purchases.PurchaseInvoiceFeed;
import io.github.acubepl.purchases.PurchaseLedger;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Credentials;
import io.github.acubepl.transport.Environment;
import io.github.acubepl.transport.TokenStore;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Books every purchase invoice of the local simulator once, its FA XML checked against KSeF's hash
 * ({@code ./acube sandbox --legal-entity 9520316783 --incoming inbox/}, suppliers' FA files in inbox/).
 */
public final class CatchUpPurchases {
    public static void main(String[] args) {
        URI simulator = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080"); // the URL ./acube sandbox prints
        List<String> booked = catchUp(simulator, Clock.systemUTC());
        System.out.println(booked.size() + " purchase invoice(s) booked: " + booked);
    }

    /** One catch-up pass; returns the KSeF numbers booked ({@code clock}: the system's, or a test's). */
    static List<String> catchUp(URI simulator, Clock clock) {
        AcubeClient client = AcubeClient.builder()
                .environment(Environment.custom(simulator, simulator))  // A-Cube's own: Environment.SANDBOX
                .credentials(Credentials.of("sandbox@example.com", "sandbox-password"))
                .tokenStore(TokenStore.inMemory())
                .clock(clock)
                .build();
        List<String> booked = new CopyOnWriteArrayList<>();
        PurchaseInvoiceFeed feed = PurchaseInvoiceFeed.builder()
                .client(client)
                .ledger(PurchaseLedger.inMemory())      // JdbcPurchaseLedger: durable, shared by instances
                .handler(invoice -> booked.add(invoice.ksefNumber()))  // invoice.download(): the verified FA XML
                .clock(clock)
                .build();
        CatchUp pass = feed.catchUp();   // feed.start(scheduler, every) repeats it; feed.webhookHandler() takes webhooks
        System.out.println(pass.listed() + " listed, " + pass.handled() + " handled, " + pass.failed() + " failed");
        CatchUp again = feed.catchUp();  // nothing is handled twice
        System.out.println(again.alreadyHandled() + " already handled, " + again.handled() + " handled");
        return booked;
    }
}
