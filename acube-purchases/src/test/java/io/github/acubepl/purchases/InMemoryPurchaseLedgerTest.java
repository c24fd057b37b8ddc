package io.github.acubepl.purchases;

/** The ledger contract on {@link PurchaseLedger#inMemory()}. */
class InMemoryPurchaseLedgerTest extends PurchaseLedgerContract {
    @Override
    PurchaseLedger ledger() {
        return PurchaseLedger.inMemory();
    }
}
