package com.ayurlahi.payments;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.GatewayWorkDue.RefundDue;
import com.ayurlahi.payments.GatewayWorkDue.TransferDue;

/**
 * Does the Razorpay calls that refunds and payout transfers need, in the background after the decision is
 * committed, so that no request and no database transaction of a cancellation waits on Razorpay. A call that
 * fails is recorded on the refund or transfer for the team, who can have it tried again.
 */
@Component
class GatewayWork {

    private final RefundManagement refunds;
    private final PayoutTransferManagement transfers;

    GatewayWork(RefundManagement refunds, PayoutTransferManagement transfers) {
        this.refunds = refunds;
        this.transfers = transfers;
    }

    @ApplicationModuleListener
    void on(RefundDue due) {
        refunds.submit(due.refundId());
    }

    @ApplicationModuleListener
    void on(TransferDue due) {
        transfers.advance(due.transferId());
    }
}
