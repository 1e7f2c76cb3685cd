# delivery: delivery words (en).
# Sending results to a Learning Record Store (LRS, xAPI 1.0.3): settings, outbox, debrief.

delivery-lrs = Send results to an LRS
delivery-summary-off = Off
delivery-summary-on = On — { $count } results waiting
delivery-enabled = Send results automatically (xAPI)
delivery-enabled-help = Every finished shift is sent to the instructor's Learning Record Store (LRS). Without a network, results wait in an outbox on this computer and are sent later.
delivery-endpoint = LRS address
delivery-username = User name
delivery-password = Password
delivery-home-page = Account home page
delivery-test = Test connection
delivery-testing = Testing the connection…
delivery-test-ok = Connected: the LRS speaks xAPI { $version }.
delivery-test-ok-no-version = Connected: the LRS accepted the user name and password.
delivery-outbox = Outbox
delivery-off = Sending results to an LRS is off.
delivery-waiting = { $count } results waiting to be sent
delivery-rejected = { $count } results refused by the LRS, kept in { $folder }
delivery-last-sent = Last sent: { $minutes } minutes ago
delivery-sent = Sent to the LRS.
delivery-queued = Waiting to be sent to the LRS (the result is in the outbox and goes out when the network is back).
delivery-error-endpoint = “{ $endpoint }” is not an LRS address (it must start with http:// or https://).
delivery-error-unreachable = Cannot reach the LRS ({ $url }): { $error }
delivery-error-not-lrs = { $url } is not an xAPI LRS: { $error }
delivery-error-credentials = The LRS refused the user name or password (HTTP { $status }).
delivery-error-rejected = The LRS refused the result (HTTP { $status }): { $error }
delivery-error-server = The LRS has a problem (HTTP { $status }): { $error }. It will be sent again later.
delivery-error-outbox = Cannot write to the outbox: { $error }
