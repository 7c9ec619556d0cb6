//! The accept loop. `axum::serve` does not expose hyper's header-read timeout or its
//! buffer limit, so connections are served here with hyper-util: each connection gets
//! `header_read_timeout` (a client that trickles its headers is dropped, slowloris),
//! a bounded read buffer (a head larger than it is refused by hyper with 431 or 414
//! before it is parsed), and a place among at most `max_connections`. On shutdown
//! the loop stops accepting and waits a while for open requests to finish.

use crate::Config;
use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use tower::ServiceExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// hyper's read buffer per connection, the hard limit on a request head. Above the
/// router's own 8 KiB header limit, so heads in between get a proper 431 page.
const MAX_BUF_BYTES: usize = 64 * 1024;

/// How long open connections get to finish after a shutdown signal.
const DRAIN: Duration = Duration::from_secs(10);

/// Serves `config`'s site on `listener` until `shutdown` completes.
pub async fn run(listener: TcpListener, config: Config, shutdown: impl Future<Output = ()>) {
    let limits = config.limits.clone();
    let router = crate::app(config);
    let connections = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_read_timeout).max_buf_size(MAX_BUF_BYTES);
    tokio::pin!(shutdown);
    loop {
        // Wait for a free place before accepting: beyond the limit, new connections
        // wait in the kernel's backlog instead of taking memory here.
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors and the like: wait a little, keep serving.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Responses go out as soon as they are written. With Nagle's algorithm on, a small
        // response written in two pieces waited for the client's delayed ACK: 40-48 ms on
        // a new connection, measured on the search index's files (scripts/search-figures).
        let _ = stream.set_nodelay(true);
        // The peer's address for the handlers (the mailbox's rate limit), as axum's
        // `ConnectInfo` would give it.
        let service = TowerToHyperService::new(router.clone().map_request(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request
        }));
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that goes away or breaks the protocol ends only its connection.
            let _ = connection.await;
            drop(permit);
        });
    }
    let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Limits;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    /// A server on a free loopback port with a short header timeout, and its address.
    async fn start(limits: Limits) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
        let dist = std::env::temp_dir().join(format!("portal-serve-test-{}-{}", std::process::id(), limits.max_connections));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "home").unwrap();
        std::fs::write(dist.join("404.html"), "not found").unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let config = Config { limits, ..Config::new(dist) };
        let task = tokio::spawn(run(listener, config, async move {
            let _ = stopped.await;
        }));
        (addr, stop, task)
    }

    /// Everything the server sends until it closes the connection or `wait` passes.
    async fn read_all(stream: &mut TcpStream, wait: Duration) -> Option<String> {
        let mut out = Vec::new();
        tokio::time::timeout(wait, stream.read_to_end(&mut out)).await.ok()?.ok()?;
        Some(String::from_utf8_lossy(&out).into_owned())
    }

    #[tokio::test]
    async fn a_client_that_trickles_its_headers_is_dropped() {
        let limits = Limits { header_read_timeout: Duration::from_millis(300), max_connections: 11, ..Limits::default() };
        let (addr, _stop, _) = start(limits).await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        // Never finishes the head: the server must close well before 3 s.
        let reply = read_all(&mut stream, Duration::from_secs(3)).await;
        assert!(reply.is_some(), "the connection was still open after 3 s");
        assert!(!reply.unwrap().contains("200 OK"));
    }

    /// The status line of the first answer, "closed" when the server closed first.
    async fn first_status(stream: &mut TcpStream) -> String {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !got.windows(2).any(|w| w == b"\r\n") {
            match tokio::time::timeout(Duration::from_secs(3), stream.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return "closed".into(),
                Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
                Err(_) => return "timeout".into(),
            }
        }
        String::from_utf8_lossy(&got).lines().next().unwrap_or("").to_string()
    }

    #[tokio::test]
    async fn large_heads_are_refused() {
        let (addr, _stop, _) = start(Limits { max_connections: 12, ..Limits::default() }).await;
        for size in [20_000, 100_000, 1_000_000] {
            let mut stream = TcpStream::connect(addr).await.unwrap();
            let filler = "a".repeat(size);
            let request = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Filler: {filler}\r\n\r\n");
            let _ = stream.write_all(request.as_bytes()).await;
            let status = first_status(&mut stream).await;
            assert!(status == "HTTP/1.1 431 Request Header Fields Too Large" || status == "closed", "{size}: {status}");
        }
    }

    #[tokio::test]
    async fn shutdown_stops_the_server() {
        let (addr, stop, task) = start(Limits { max_connections: 13, ..Limits::default() }).await;
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
        let reply = read_all(&mut stream, Duration::from_secs(3)).await.unwrap();
        assert!(reply.starts_with("HTTP/1.1 200 OK"), "{reply}");
        assert!(reply.to_ascii_lowercase().contains("content-security-policy:"));
        stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(3), task).await.expect("stopped within 3 s").unwrap();
        assert!(TcpStream::connect(addr).await.is_err(), "still accepting");
    }
}
