#!/usr/bin/env python3
"""A loopback-only HTTP server for the CLI's URL tests: serves the files of --root and a few
special paths, writes its port to --port-file, and stops by itself after --lifetime seconds
or on /quit. Never listens beyond 127.0.0.1."""
import argparse
import http.server
import os
import threading
import time

SPECIAL = {}


def special(path):
    def register(handler):
        SPECIAL[path] = handler
        return handler
    return register


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def send(self, status, body=b"", content_type="text/plain", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path in SPECIAL:
            return SPECIAL[path](self)
        if path.startswith("/redirect/"):
            return self.send(302, headers=[("Location", "/" + path[len("/redirect/"):])])
        name = os.path.normpath(path.lstrip("/"))
        full = os.path.join(self.server.root, name)
        if name.startswith("..") or not os.path.isfile(full):
            return self.send(404, b"not found")
        types = {".html": "text/html", ".md": "text/markdown", ".txt": "text/plain"}
        with open(full, "rb") as f:
            self.send(200, f.read(), types.get(os.path.splitext(name)[1], "application/octet-stream"))


@special("/article")  # no extension: the Content-Type says HTML
def article(handler):
    with open(os.path.join(handler.server.root, "article.html"), "rb") as f:
        handler.send(200, f.read(), "text/html; charset=utf-8")


@special("/loop")
def loop(handler):
    handler.send(302, headers=[("Location", "/loop")])


@special("/slow")
def slow(handler):
    time.sleep(4)
    handler.send(200, b"<p>too late</p>", "text/html")


@special("/big")  # 3 MB without a Content-Length: the limit must stop the download itself
def big(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    chunk = b"word " * 20000
    try:
        for _ in range(30):
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    handler.close_connection = True


@special("/pdf")
def pdf(handler):
    handler.send(200, b"%PDF-1.4\n%binary\n", "application/pdf")


@special("/quit")
def quit_(handler):
    handler.send(200, b"bye")
    threading.Thread(target=handler.server.shutdown, daemon=True).start()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--lifetime", type=float, default=60)
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.root = args.root
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    with open(args.port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(args.port_file + ".tmp", args.port_file)  # never half-written for the reader
    server.serve_forever()


if __name__ == "__main__":
    main()
