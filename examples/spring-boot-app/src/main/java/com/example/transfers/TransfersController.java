package com.example.transfers;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferEntity;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's transfers, through the auto-configured client (each call is timed and traced). */
@RestController
class TransfersController {
    private final TransfersClient client;

    TransfersController(TransfersClient client) {
        this.client = client;
    }

    @GetMapping("/customers/{customerId}/transfers")
    List<TransferEntity> transfers(@PathVariable String customerId) {
        return client.listTransfers(customerId);
    }
}
