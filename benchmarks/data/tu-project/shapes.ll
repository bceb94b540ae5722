; ModuleID = '/work/main/tests/data/c/shapes.c'
source_filename = "/work/main/tests/data/c/shapes.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { double, double }

@counter = internal global i32 0, align 4

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
  %16 = call double @sq(double noundef %15) #3
  %17 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 1
  %18 = load double, ptr %17, align 8, !tbaa !10
  %19 = getelementptr inbounds %struct.point, ptr %6, i32 0, i32 1
  %20 = load double, ptr %19, align 8, !tbaa !10
  %21 = fsub double %18, %20
  %22 = call double @sq(double noundef %21) #3
  %23 = fadd double %16, %22
  %24 = call double @sqrt(double noundef %23) #4
  ret double %24
}

; Function Attrs: minsize nounwind optsize
declare double @sqrt(double noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal double @sq(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !11
  %3 = load double, ptr %2, align 8, !tbaa !11
  %4 = load double, ptr %2, align 8, !tbaa !11
  %5 = fmul double %3, %4
  ret double %5
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @classify(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !12
  %4 = load i32, ptr %3, align 4, !tbaa !12
  switch i32 %4, label %10 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 7, label %8
    i32 9, label %9
  ]

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %11

6:                                                ; preds = %1
  store i32 20, ptr %2, align 4
  br label %11

7:                                                ; preds = %1
  store i32 35, ptr %2, align 4
  br label %11

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4
  br label %11

9:                                                ; preds = %1
  store i32 99, ptr %2, align 4
  br label %11

10:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %11

11:                                               ; preds = %10, %9, %8, %7, %6, %5
  %12 = load i32, ptr %2, align 4
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bump(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !12
  %3 = load i32, ptr %2, align 4, !tbaa !12
  %4 = load i32, ptr @counter, align 4, !tbaa !12
  %5 = add nsw i32 %4, %3
  store i32 %5, ptr @counter, align 4, !tbaa !12
  %6 = load i32, ptr @counter, align 4, !tbaa !12
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @popcnt(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !12
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, ptr %2, align 4, !tbaa !12
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i32, ptr %2, align 4, !tbaa !12
  %9 = sub i32 %8, 1
  %10 = load i32, ptr %2, align 4, !tbaa !12
  %11 = and i32 %10, %9
  store i32 %11, ptr %2, align 4, !tbaa !12
  %12 = load i32, ptr %3, align 4, !tbaa !12
  %13 = add i32 %12, 1
  store i32 %13, ptr %3, align 4, !tbaa !12
  br label %4, !llvm.loop !14

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !tbaa !12
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #5
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize optsize }
attributes #4 = { minsize nounwind optsize }
attributes #5 = { nounwind }

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
!11 = !{!7, !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !8, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
