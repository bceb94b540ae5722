; ModuleID = '/tmp/llmopt-split-kpvrfds7/in.ll'
source_filename = "/work/main/tests/data/c/shapes.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { double, double }

; Function Attrs: minsize nounwind optsize uwtable
define dso_local double @dist(double %0, double %1, double %2, double %3) #0 {
  %5 = alloca %struct.point, align 8
  %6 = alloca %struct.point, align 8
  %7 = getelementptr inbounds { double, double }, ptr %5, i32 0, i32 0
  store double %0, ptr %7, align 8
  %8 = getelementptr inbounds { double, double }, ptr %5, i32 0, i32 1
  store double %1, ptr %8, align 8
  %9 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 0
  store double %2, ptr %9, align 8
  %10 = getelementptr inbounds { double, double }, ptr %6, i32 0, i32 1
  store double %3, ptr %10, align 8
  %11 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 0
  %12 = load double, ptr %11, align 8, !tbaa !5
  %13 = getelementptr inbounds %struct.point, ptr %6, i32 0, i32 0
  %14 = load double, ptr %13, align 8, !tbaa !5
  %15 = fsub double %12, %14
  %16 = call double @sq(double noundef %15) #2
  %17 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 1
  %18 = load double, ptr %17, align 8, !tbaa !10
  %19 = getelementptr inbounds %struct.point, ptr %6, i32 0, i32 1
  %20 = load double, ptr %19, align 8, !tbaa !10
  %21 = fsub double %18, %20
  %22 = call double @sq(double noundef %21) #2
  %23 = fadd double %16, %22
  %24 = call double @sqrt(double noundef %23) #3
  ret double %24
}

; Function Attrs: minsize nounwind optsize
declare double @sqrt(double noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden double @sq(double noundef) #0

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { minsize optsize }
attributes #3 = { minsize nounwind optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !7, i64 0}
!6 = !{!"point", !7, i64 0, !7, i64 8}
!7 = !{!"double", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!6, !7, i64 8}
