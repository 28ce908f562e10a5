package io.github.pctransfers.client;

import io.github.pctransfers.client.model.TransferEntity;
import java.util.List;

/** The facade with listTransfers renamed to listTransfersOf: the old name is gone. */
public final class TransfersClient implements AutoCloseable {

    public List<TransferEntity> listTransfersOf(String customerId) {
        return List.of(new TransferEntity().id(customerId));
    }

    public TransferEntity getTransfer(String customerId, String transferId) {
        return new TransferEntity().id(transferId);
    }

    @Override
    public void close() {
    }
}
