package http

// AdminRoutes returns the method and pattern of every admin API route,
// for the isolation matrix test.
func AdminRoutes() [][2]string {
	var out [][2]string
	for _, rt := range (&Server{}).adminRoutes() {
		out = append(out, [2]string{rt.method, rt.pattern})
	}
	return out
}

// ShuttingDown is closed once Close has closed the listener (the
// websockets' context, canceled by http.Server.Shutdown after it closed
// its listeners).
func (s *Server) ShuttingDown() <-chan struct{} {
	s.once.Do(s.init)
	return s.ctx.Done()
}
