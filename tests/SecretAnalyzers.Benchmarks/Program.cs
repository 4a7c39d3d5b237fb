System.Console.WriteLine("Benchmark not written yet.");
